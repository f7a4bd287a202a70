namespace Beleidsplan.Web.Startup;

/// <summary>
/// The response headers a government web application is held to (BIO, OWASP ASVS level 2): a
/// Content-Security-Policy without inline scripts or styles, no framing, no MIME sniffing, a strict
/// referrer policy. Hand-written because the usual library (NetEscapades) is not on the package source.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>data: images are the icons the NL Design System CSS embeds.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next();
    });
}
