using Orleans.Clinical.Silo;

var builder = Host.CreateApplicationBuilder(args);
builder.AddClinicalSilo();
builder.Services.AddClinicalAnalysis(builder.Configuration);
builder.Build().Run();
