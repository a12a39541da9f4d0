using Microsoft.Extensions.Options;

namespace Orleans.Clinical.Gateway.Hosting;

public static class OriginPolicy
{
    /// <summary>
    /// Browsers always send Origin on WebSocket handshakes and cross-site requests; refuse origins outside
    /// the allow-list (cross-site WebSocket hijacking). Clients that send no Origin (services) pass.
    /// </summary>
    public static WebApplication UseClinicalOriginPolicy(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var origin = context.Request.Headers.Origin.ToString();
            if (origin.Length > 0)
            {
                var allowed = context.RequestServices.GetRequiredService<IOptions<GatewayOptions>>().Value.AllowedOrigins;
                var self = $"{context.Request.Scheme}://{context.Request.Host}";
                if (!string.Equals(origin, self, StringComparison.OrdinalIgnoreCase)
                    && !allowed.Contains(origin, StringComparer.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.Response.WriteAsJsonAsync(new { type = "about:blank", title = "Origin not allowed", status = 403 });
                    return;
                }
            }

            await next(context);
        });
        return app;
    }
}
