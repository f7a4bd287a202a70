using System.ComponentModel.DataAnnotations;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>A redacteur creates or edits an activity, line of action or sub-project.</summary>
[Access(Access.PlanEditor)]
public class EditActivityModel(BeleidsplanDbContext db, MarkdownRenderer markdown, ILogger<EditActivityModel> log)
    : PriorityPartEditor<Activity, EditActivityModel.ActivityInput>(db, markdown, log)
{
    public List<SelectListItem> Kinds { get; } = Enum.GetValues<ActivityKind>()
        .Select(k => new SelectListItem(k.ToDutch(), k.ToString())).ToList();

    protected override IQueryable<Activity> Items => Db.Activities;

    protected override async Task<Activity?> NewItemAsync()
    {
        if (!await LoadPriorityAsync(PriorityId))
        {
            return null;
        }

        var positions = await Db.Activities.Where(a => a.PriorityId == PriorityId).Select(a => a.Position).ToListAsync();
        return new Activity { PlanId = Scope.PlanId, PriorityId = PriorityId!.Value, Position = NextPosition(positions), Title = "" };
    }

    protected override ActivityInput ToInput(Activity item) => new()
    {
        Kind = item.Kind,
        Title = item.Title,
        Description = item.Description,
        SubThemeId = item.SubThemeId,
    };

    protected override void Apply(ActivityInput input, Activity item)
    {
        item.Kind = input.Kind;
        item.Title = input.Title.Trim();
        item.Description = input.Description;
        item.SubThemeId = input.SubThemeId;
    }

    protected override string EditUrl(Activity item) => WorkspaceUrls.Activity(Scope.Slug, item.Id);

    public class ActivityInput : IPriorityPartInput
    {
        [Display(Name = "Soort")]
        [EnumDataType(typeof(ActivityKind), ErrorMessage = "Kies een soort uit de lijst.")]
        public ActivityKind Kind { get; set; }

        [Display(Name = "Titel")]
        [Required(ErrorMessage = "Vul een titel in.")]
        [StringLength(300, ErrorMessage = "Een titel is hooguit {1} tekens.")]
        public string Title { get; set; } = "";

        [Display(Name = "Beschrijving"), Markdown]
        [StringLength(20_000, ErrorMessage = "{0}: deze tekst is te lang, hooguit {1:N0} tekens.")]
        public string? Description { get; set; }

        [Display(Name = "Deelthema")]
        public int? SubThemeId { get; set; }
    }
}
