using Microsoft.Playwright;

namespace Beleidsplan.Web.Publishing;

/// <summary>
/// Prints HTML to PDF with headless Chromium through Playwright. The page's assets are served from
/// the app's own web root through a route handler, so rendering never touches the network.
/// One browser is shared and started on first use; without Chromium the app runs and says so.
/// </summary>
public sealed class PdfRenderer(IConfiguration configuration, IWebHostEnvironment environment, ILogger<PdfRenderer> log)
    : IAsyncDisposable
{
    private const string Origin = "http://beleidsplan.invalid";
    private readonly SemaphoreSlim startLock = new(1, 1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string ChromiumPath => configuration["Pdf:ChromiumPath"] ?? "/usr/bin/chromium";

    public bool IsAvailable => File.Exists(ChromiumPath);

    public async Task<byte[]> RenderAsync(string html, string path, string footerTitle)
    {
        var page = await (await BrowserAsync()).NewPageAsync();
        try
        {
            await page.RouteAsync("**/*", route => Serve(route, html, path));
            await page.GotoAsync(Origin + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                PrintBackground = true,
                DisplayHeaderFooter = true,
                HeaderTemplate = "<span></span>",
                FooterTemplate = "<div style=\"font-size:8pt;width:100%;padding:0 15mm;display:flex;justify-content:space-between\">"
                    + $"<span>{System.Net.WebUtility.HtmlEncode(footerTitle)}</span>"
                    + "<span>Pagina <span class=\"pageNumber\"></span> van <span class=\"totalPages\"></span></span></div>",
                Margin = new Margin { Top = "18mm", Bottom = "20mm", Left = "15mm", Right = "15mm" },
            });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private Task Serve(IRoute route, string html, string path)
    {
        var url = new Uri(route.Request.Url);
        if (url.GetLeftPart(UriPartial.Authority) != Origin)
        {
            return route.AbortAsync();
        }

        if (url.AbsolutePath == path)
        {
            return route.FulfillAsync(new RouteFulfillOptions { Body = html, ContentType = "text/html; charset=utf-8" });
        }

        var file = environment.WebRootFileProvider.GetFileInfo(url.AbsolutePath);
        if (!file.Exists || file.PhysicalPath is null)
        {
            return route.FulfillAsync(new RouteFulfillOptions { Status = 404 });
        }

        return route.FulfillAsync(new RouteFulfillOptions { Path = file.PhysicalPath });
    }

    private async Task<IBrowser> BrowserAsync()
    {
        if (browser is { IsConnected: true })
        {
            return browser;
        }

        await startLock.WaitAsync();
        try
        {
            if (browser is { IsConnected: true })
            {
                return browser;
            }

            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                ],
            });
            log.LogInformation("Chromium gestart voor PDF's: {Path}", ChromiumPath);
            return browser;
        }
        finally
        {
            startLock.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        startLock.Dispose();
    }
}
