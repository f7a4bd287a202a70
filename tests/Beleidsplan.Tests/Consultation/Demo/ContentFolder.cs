using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Importing;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsplan.Tests.Consultation.Demo;

/// <summary>A throwaway content folder with one small plan, loaded through the same loader as the demo.</summary>
public sealed class ContentFolder(AppFactory app, string slug) : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("beleidsplan-versies").FullName;

    public string Slug { get; } = slug;

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>A plan with a chapter, a priority with two goals and a sub-theme; its files are the adopted text.</summary>
    public ContentFolder WithPlan()
    {
        Write("plan.md", $"---\nslug: {Slug}\ntitel: Testplan {Slug}\nkorteNaam: TP\neenheid: noord-holland\neersteJaar: 2028\nlaatsteJaar: 2031\nstatus: vastgesteld\nvastgesteldOp: 2027-11-10\nvastgesteldDoor: RBOP\n---\nSamenvatting.\n");
        Write("hoofdstukken/01-inleiding.md", "---\ntitel: Inleiding\n---\nDe partners werken samen aan een veilige regio.\n\nIeder doet mee.\n");
        Write("hoofdstukken/02-cijfers.md", "---\ntitel: Cijfers\n---\nDe formatie per 1 oktober.\n");
        Write("prioriteiten/1-veilig/prioriteit.md",
            "---\nnummer: 1\ntitel: Veilig wonen\ndoelen:\n  - tekst: Minder overlast\n  - tekst: Twintig procent minder inbraken\n    streefwaarde: 20\n    eenheid: procent\n---\n## Wat is het probleem?\nOverlast in wijken,\nvooral 's avonds.\n");
        Write("prioriteiten/1-veilig/01-wijken.md", "---\ntitel: Wijken\n---\n## Wat gaan we doen?\nSamenwerken met bewoners.\n");
        return this;
    }

    public ContentFolder Write(string path, string text)
    {
        var full = Path.Combine(root, "plannen", Slug, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, text);
        return this;
    }

    public string File(string name) => $"plannen/{Slug}/{name}";

    public async Task<string> LoadAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync(root);
    }

    public async Task<IReadOnlyList<string>> ErrorsAsync() => (await Should.ThrowAsync<ImportException>(LoadAsync)).Errors;
}
