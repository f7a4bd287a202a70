using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Api;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Importing;
using Beleidsplan.Web.Mail;
using Beleidsplan.Web.Publishing;
using Beleidsplan.Web.Uploads;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Beleidsplan.Web.Startup;

public static class WebSetup
{
    public static void AddBeleidsplanWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Cookies are Secure-only; a developer on http://localhost, or the browser tests on a loopback
        // port, may opt out with Security:AllowPlainHttp (README: production runs behind HTTPS).
        var cookieSecurity = builder.Environment.IsDevelopment() || builder.Configuration.GetValue<bool>("Security:AllowPlainHttp")
            ? CookieSecurePolicy.SameAsRequest
            : CookieSecurePolicy.Always;
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "beleidsplan-antiforgery";
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = "beleidsplan-melding"; // a one-time message after a redirect
            options.Cookie.SecurePolicy = cookieSecurity;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddBeleidsplanAccounts(builder.Configuration, cookieSecurity);
        services.AddBeleidsplanMail(builder.Configuration);
        Reacting.ReactingSetup.AddBeleidsplanReacting(services);
        services.AddRazorPages(options =>
        {
            options.Conventions.AddPageRoute("/Errors/NotFound", "/niet-gevonden");
            options.Conventions.AuthorizeFolder("/Werkruimte");
        }).AddMvcOptions(options =>
        {
            options.Filters.Add<TwoFactorRequirement>();
            options.Filters.Add<AccessFilter>();
        });
        services.AddOutputCache(options =>
        {
            options.AddBasePolicy(policy => policy.NoCache());
            options.AddPolicy(PublicCache.PolicyName, new PublicCachePolicy());
        });
        services.AddHealthChecks().AddDbContextCheck<BeleidsplanDbContext>("database");
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Beleidsplan open data";
            document.Info.Description = "Regionale veiligheidsbeleidsplannen van de politie-eenheden, als open data.";
            return Task.CompletedTask;
        }));
        services.AddHttpContextAccessor(); // the audit trail records who made a change
        services.AddSingleton<MarkdownRenderer>();
        services.AddScoped<PlanQueries>();
        services.AddScoped<Lifecycle.ChecklistLoader>();
        services.AddScoped<Importing.DecisionImporter>();
        services.AddSingleton<PlanSearch>();
        services.AddScoped<DemoDataLoader>();
        services.AddScoped<PlanImporter>();
        services.AddScoped<UnitImporter>();
        services.AddScoped<VersionImporter>();
        services.AddScoped<ConsultationImporter>();
        Planning.PlanningSetup.AddBeleidsplanPlanning(services);
        services.AddSingleton<PdfRenderer>();
        services.AddSingleton<PublicCache>();
    }

    public static void UseBeleidsplanWeb(this WebApplication app)
    {
        app.UseForwardedHeaders(); // first: everything after sees the client's address and scheme
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout");
            app.UseHsts(); // only answers over HTTPS; TLS ends at the reverse proxy in production
        }

        app.UseSecurityHeaders();

        app.UseStatusCodePagesWithReExecute("/niet-gevonden", "?status={0}");
        app.UseControlCharacterGuard();
        app.UseStaticFiles();
        app.MapPdfEndpoint();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseUploadLimits();
        app.UseOutputCache();
        app.MapHealthChecks("/health", new HealthCheckOptions { AllowCachingResponses = false })
            .WithMetadata(new AccessAttribute(Access.Public));
        app.MapOpenApi("/api/v1/openapi.json").WithMetadata(new AccessAttribute(Access.Public));
        app.MapOpenDataApi();
        app.MapCouncilApi();
        app.MapRazorPages();
    }
}
