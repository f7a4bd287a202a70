using System.ComponentModel.DataAnnotations;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Importing;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>A redacteur creates or edits a chapter of the plan.</summary>
[Access(Access.PlanEditor)]
public class EditChapterModel(BeleidsplanDbContext db, MarkdownRenderer markdown, ILogger<EditChapterModel> log)
    : ContentEditorModel<Chapter, EditChapterModel.ChapterInput>(db, markdown, log)
{
    private List<string> takenSlugs = [];

    public List<SelectListItem> Kinds { get; } = Enum.GetValues<ChapterKind>()
        .Select(k => new SelectListItem(k.ToDutch(), k.ToString())).ToList();

    protected override IQueryable<Chapter> Items => Db.Chapters;

    protected override async Task<Chapter?> NewItemAsync()
    {
        var existing = await Db.Chapters.Where(c => c.PlanId == Scope.PlanId)
            .Select(c => new { c.Slug, c.Position, c.ParentId }).ToListAsync();
        takenSlugs = existing.Select(c => c.Slug).Concat(Urls.ReservedChapterSlugs).ToList();
        return new Chapter
        {
            PlanId = Scope.PlanId,
            Position = existing.Where(c => c.ParentId is null).Select(c => c.Position).DefaultIfEmpty(0).Max() + 1,
            Slug = "",
            Title = "",
        };
    }

    protected override ChapterInput ToInput(Chapter item) => new() { Title = item.Title, Kind = item.Kind, Body = item.Body };

    protected override void Apply(ChapterInput input, Chapter item)
    {
        if (item.Slug.Length == 0)
        {
            item.Slug = Slugs.FromTitle(input.Title, takenSlugs);
        }

        item.Title = input.Title.Trim();
        item.Kind = input.Kind;
        item.Body = input.Body;
    }

    protected override string EditUrl(Chapter item) => WorkspaceUrls.Chapter(Scope.Slug, item.Id);

    public class ChapterInput
    {
        [Display(Name = "Titel")]
        [Required(ErrorMessage = "Vul een titel in.")]
        [StringLength(300, ErrorMessage = "Een titel is hooguit {1} tekens.")]
        public string Title { get; set; } = "";

        [Display(Name = "Soort hoofdstuk")]
        [EnumDataType(typeof(ChapterKind), ErrorMessage = "Kies een soort uit de lijst.")]
        public ChapterKind Kind { get; set; }

        [Display(Name = "Tekst"), Markdown]
        [StringLength(100_000, ErrorMessage = "{0}: deze tekst is te lang, hooguit {1:N0} tekens.")]
        public string? Body { get; set; }
    }
}
