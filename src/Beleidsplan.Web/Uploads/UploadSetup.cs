using Microsoft.AspNetCore.Http.Features;

namespace Beleidsplan.Web.Uploads;

/// <summary>Marks a page that accepts file uploads: only there may a request body be as large as a file.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class AcceptsUploadsAttribute : Attribute;

public static class UploadSetup
{
    /// <summary>Reads and checks the settings; throws <see cref="Data.ConfigurationException"/> when they are wrong.</summary>
    public static void AddBeleidsplanUploads(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        var options = UploadOptions.Read(configuration, environment.ContentRootPath, environment.WebRootPath);
        services.AddSingleton(options);
        services.AddScoped<UploadStore>();
        // The form reader's own limit (128 MB) must not cut in below ours when MaxBytes is set higher.
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = Math.Max(form.MultipartBodyLengthLimit, options.RequestLimit));
    }

    /// <summary>
    /// On upload pages, refuses a request larger than the limit before anything reads it (413, shown
    /// as a Dutch status page), and lets one up to the limit through Kestrel's default of 30 MB.
    /// Runs after authorization, so an anonymous request never gets that far.
    /// </summary>
    public static IApplicationBuilder UseUploadLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.GetEndpoint()?.Metadata.GetMetadata<AcceptsUploadsAttribute>() is not null)
        {
            var options = context.RequestServices.GetRequiredService<UploadOptions>();
            if (context.Request.ContentLength > options.RequestLimit)
            {
                context.RequestServices.GetRequiredService<ILogger<UploadOptions>>().LogWarning(
                    "Upload van {Bytes} bytes naar {Path} geweigerd: groter dan {Limit}", context.Request.ContentLength, context.Request.Path, options.MaxText);
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = options.RequestLimit;
            }
        }

        await next();
    });
}
