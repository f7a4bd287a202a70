using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Audit;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>
/// The flow every create-and-edit page of a plan part shares: find the item within the plan (another
/// plan's id is a logged 403), validate, save with optimistic concurrency, and on a conflict show the
/// saved and the submitted values side by side while the form keeps what the user typed.
/// </summary>
public abstract class ContentEditorModel<T, TInput>(BeleidsplanDbContext db, MarkdownRenderer markdown, ILogger log) : PageModel
    where T : class, IVersioned
    where TInput : class, new()
{
    public const string New = "nieuw";

    [BindProperty]
    public TInput Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public PlanScope Scope => HttpContext.PlanScope();

    public T? Item { get; private set; }

    public bool IsNew { get; private set; }

    public List<ConflictField> Conflict { get; } = [];

    public string? ConflictNote { get; private set; }

    public Dictionary<string, IHtmlContent> Previews { get; } = [];

    public bool Saved => Request.Query.ContainsKey("opgeslagen");

    protected BeleidsplanDbContext Db => db;

    /// <summary>The items of this kind, with what <see cref="ToInput"/> needs included.</summary>
    protected abstract IQueryable<T> Items { get; }

    /// <summary>A new item placed in the plan; null when its parent (from the query) is not in this plan.</summary>
    protected abstract Task<T?> NewItemAsync();

    protected abstract TInput ToInput(T item);

    protected abstract void Apply(TInput input, T item);

    protected abstract string EditUrl(T item);

    /// <summary>Loads what the form needs beside the item (choices, parent names), once it is found.</summary>
    protected virtual Task OnResolvedAsync() => Task.CompletedTask;

    /// <summary>False when the form names an item of another plan: a tampered field.</summary>
    protected virtual Task<bool> ReferencesBelongToPlanAsync(TInput input) => Task.FromResult(true);

    /// <summary>The item an earlier post of this same new-item form made (a double click), if the page keeps a creation key.</summary>
    protected virtual Task<T?> AlreadyCreatedAsync(TInput input) => Task.FromResult<T?>(null);

    /// <summary>Checks that need more than attributes (dates typed as text, choices from the database); errors go to ModelState.</summary>
    protected virtual Task ValidateAsync(TInput input) => Task.CompletedTask;

    public async Task<IActionResult> OnGetAsync(string? id)
    {
        if (await ResolveAsync(id) is { } refusal)
        {
            return refusal;
        }

        if (!IsNew)
        {
            Input = ToInput(Item!);
            Version = Item!.Version;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? id)
    {
        if (await ResolveAsync(id) is { } refusal)
        {
            return refusal;
        }

        if (!await ReferencesBelongToPlanAsync(Input))
        {
            return Refuse(id);
        }

        if (IsNew && await AlreadyCreatedAsync(Input) is { } made)
        {
            return Redirect(EditUrl(made) + "?opgeslagen=1");
        }

        await ValidateAsync(Input);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        InputFields.NormaliseLineEndings(Input);
        Apply(Input, Item!);
        if (IsNew)
        {
            db.Add(Item!);
        }
        else
        {
            db.Entry(Item!).Property(e => e.Version).OriginalValue = Version;
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            await ShowConflictAsync();
            return Page();
        }
        catch (DbUpdateException) when (IsNew)
        {
            // Both posts of a double click passed the check above; the unique creation key let one through.
            if (await AlreadyCreatedAsync(Input) is { } twice)
            {
                return Redirect(EditUrl(twice) + "?opgeslagen=1");
            }

            throw;
        }

        return Redirect(EditUrl(Item!) + "?opgeslagen=1");
    }

    /// <summary>Renders the Markdown fields as they would appear, without saving.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string? id)
    {
        if (await ResolveAsync(id) is { } refusal)
        {
            return refusal;
        }

        foreach (var property in InputFields.Markdown<TInput>())
        {
            Previews[property.Name] = markdown.ToHtml(property.GetValue(Input) as string, topHeadingLevel: 3);
        }

        return Page();
    }

    public MarkdownField Field(string property)
    {
        var info = typeof(TInput).GetProperty(property) ?? throw new ArgumentException(property, nameof(property));
        var key = $"{nameof(Input)}.{property}";
        var error = ModelState.TryGetValue(key, out var state) ? state.Errors.FirstOrDefault()?.ErrorMessage : null;
        return new MarkdownField(key, $"{nameof(Input)}_{property}", InputFields.Label(info), info.GetValue(Input) as string, error,
            Previews.GetValueOrDefault(property), info.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength);
    }

    protected IActionResult Refuse(string? id)
    {
        log.LogWarning("Geweigerd: gebruiker {User} noemde bij {Path} ({Id}) een onderdeel van een ander plan",
            User.Identity?.Name, Request.Path, id);
        return Forbid();
    }

    /// <summary>The id a page without one in its address edits (the plan's own details).</summary>
    protected virtual string? DefaultId => null;

    private static int PlanIdOf(T item) => item switch
    {
        Plan plan => plan.Id,
        IPlanContent content => content.PlanId,
        _ => throw new InvalidOperationException($"{typeof(T).Name} hoort niet bij een plan."),
    };

    private async Task<IActionResult?> ResolveAsync(string? id)
    {
        id ??= DefaultId;
        if (id == New)
        {
            IsNew = true;
            Item = await NewItemAsync();
            return Item is null ? Refuse(id) : null; // NewItemAsync loads what the form needs itself
        }

        if (id is null || !int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return NotFound();
        }

        Item = await Items.SingleOrDefaultAsync(x => EF.Property<int>(x, "Id") == number);
        if (Item is null)
        {
            return NotFound();
        }

        if (PlanIdOf(Item) != Scope.PlanId)
        {
            return Refuse(id);
        }

        await OnResolvedAsync();
        return null;
    }

    private async Task ShowConflictAsync()
    {
        var key = db.Entry(Item!).Property("Id").CurrentValue!.ToString()!;
        db.ChangeTracker.Clear();
        var saved = await Items.AsNoTracking().SingleOrDefaultAsync(x => EF.Property<int>(x, "Id") == int.Parse(key, CultureInfo.InvariantCulture));
        var last = await db.AuditEntries.Where(a => a.ItemType == typeof(T).Name && a.ItemKey == key)
            .OrderByDescending(a => a.Id).FirstOrDefaultAsync();
        var who = last is null ? "iemand anders" : $"{last.Actor} op {last.At.ToDutchMoment()}";
        if (saved is null)
        {
            ConflictNote = $"Dit onderdeel is intussen verwijderd door {who}. Uw tekst staat hieronder nog; kopieer hem als u hem wilt bewaren.";
            return;
        }

        ConflictNote = $"Dit onderdeel is gewijzigd door {who}, nadat u het opende. Uw wijzigingen zijn nog niet opgeslagen.";
        Conflict.AddRange(InputFields.Differences(ToInput(saved), Input));

        Version = saved.Version; // saving again now overwrites deliberately, with what the user merged
        ModelState.Remove(nameof(Version));
    }
}
