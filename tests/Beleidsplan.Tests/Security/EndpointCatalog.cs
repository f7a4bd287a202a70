using System.Reflection;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Accounts;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsplan.Tests.Security;

/// <summary>One request the app answers: a route, its verb and (for a page) its named handler.</summary>
public sealed record Probe(string Route, string Method, string? Handler, Access? Level, string Url)
{
    public string Name => $"{Method} {Route}{(Handler is null ? "" : $" (handler {Handler})")}";

    public bool IsPost => Method == HttpMethods.Post;
}

/// <summary>
/// Every endpoint of the running app, read from its own endpoint list (Razor Pages loaded to their
/// handler methods), so a page added later is covered without anyone listing it here.
/// </summary>
public static class EndpointCatalog
{
    public static async Task<List<Probe>> ReadAsync(AppFactory app, Func<string, string?, string?> fill)
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var probes = new List<Probe>();
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var url = Url(endpoint.RoutePattern, fill);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                var level = compiled.EndpointMetadata.OfType<AccessAttribute>().FirstOrDefault()?.Level;
                // A page without handler methods (the error page) just renders on GET.
                var handlers = compiled.HandlerMethods.Count == 0
                    ? [(HttpMethods.Get, (string?)null, (Access?)null)]
                    : compiled.HandlerMethods.Select(h => (HttpMethods.GetCanonicalizedValue(h.HttpMethod.ToUpperInvariant()), h.Name,
                        h.MethodInfo.GetCustomAttribute<AccessAttribute>()?.Level));
                probes.AddRange(handlers.Select(h => new Probe(route, h.Item1, h.Item2, h.Item3 ?? level, url)));
            }
            else
            {
                var level = endpoint.Metadata.GetMetadata<AccessAttribute>()?.Level;
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get];
                probes.AddRange(methods.Select(m => new Probe(route, m, null, level, url)));
            }
        }

        return probes;
    }

    /// <summary>
    /// The route with each parameter filled by <paramref name="fill"/>, which gets the parameter's
    /// name and the literal segment before it (hoofdstukken, doelen, ...). A parameter it cannot
    /// fill leaves a marker that the test reports, so no endpoint is skipped silently.
    /// </summary>
    private static string Url(RoutePattern pattern, Func<string, string?, string?> fill)
    {
        var segments = new List<string>();
        string? previous = null;
        foreach (var segment in pattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternSeparatorPart separator => separator.Content,
                RoutePatternParameterPart parameter => fill(parameter.Name, previous) ?? $"{{unfilled:{parameter.Name}}}",
                _ => throw new InvalidOperationException($"Unknown route part in {pattern.RawText}"),
            }));
            previous = segment.Parts is [RoutePatternLiteralPart only] ? only.Content : previous;
            segments.Add(text);
        }

        return "/" + string.Join('/', segments);
    }
}
