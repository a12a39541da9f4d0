using Orleans.Clinical.Gateway.Api;
using Orleans.Clinical.Gateway.Auth;
using Orleans.Clinical.Gateway.Bridge;
using Orleans.Clinical.Gateway.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddClinicalOrleansClient();
builder.AddClinicalAuth();
builder.AddClinicalAssistance();

var app = builder.Build();
app.UseClinicalOriginPolicy();
app.UseAuthentication();
app.UseAuthorization();
app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
app.MapClinicalHealth();
app.MapDevTokens();
app.MapClinicalAssistance();
app.MapClinicalApi();
app.Run();
