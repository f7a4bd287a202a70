using System.Net;
using Beleidsplan.Web.Data;
using Microsoft.AspNetCore.HttpOverrides;

namespace Beleidsplan.Web.Startup;

/// <summary>
/// TLS ends at a reverse proxy in production. Its X-Forwarded-For and -Proto are trusted only from the
/// proxies configured (loopback by default), so the rate limit, the audit trail's addresses, HSTS and
/// Secure cookies see the real client and scheme, and nobody else can forge them.
/// </summary>
public static class ProxySetup
{
    public static void AddBeleidsplanProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = Read(configuration, "Proxy:KnownProxies", text => IPAddress.TryParse(text, out var ip) ? ip : null);
        var networks = Read(configuration, "Proxy:KnownNetworks", text => System.Net.IPNetwork.TryParse(text, out var net) ? (System.Net.IPNetwork?)net : null);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(network => options.KnownIPNetworks.Add(network!.Value));
        });
    }

    private static List<T> Read<T>(IConfiguration configuration, string key, Func<string, T?> parse)
    {
        var values = new List<T>();
        foreach (var text in (configuration[key] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            values.Add(parse(text) ?? throw new ConfigurationException($"{key}: '{text}' is geen geldig IP-adres of netwerk."));
        }

        return values;
    }
}
