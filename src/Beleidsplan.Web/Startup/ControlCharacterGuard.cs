namespace Beleidsplan.Web.Startup;

/// <summary>
/// No page, route value or query parameter of this app takes control characters, and PostgreSQL
/// refuses a NUL in text outright. A request carrying them (only hand-made ones can) is answered before
/// it reaches a query: 404 for the path, 400 for the query string, with the Dutch status page.
/// </summary>
public static class ControlCharacterGuard
{
    public static void UseControlCharacterGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.HasValue && request.Path.Value.Any(char.IsControl))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (request.QueryString.HasValue && request.Query.Any(p => p.Key.Any(char.IsControl) || p.Value.Any(v => v?.Any(char.IsControl) == true)))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await next();
    });
}
