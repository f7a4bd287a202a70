using System.ComponentModel.DataAnnotations;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Publishing;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>A redacteur creates or edits a goal, optionally measurable (indicator, target, unit, year).</summary>
[Access(Access.PlanEditor)]
public class EditGoalModel(BeleidsplanDbContext db, MarkdownRenderer markdown, ILogger<EditGoalModel> log)
    : PriorityPartEditor<Goal, EditGoalModel.GoalInput>(db, markdown, log)
{
    protected override IQueryable<Goal> Items => Db.Goals;

    protected override async Task<Goal?> NewItemAsync()
    {
        if (!await LoadPriorityAsync(PriorityId))
        {
            return null;
        }

        var positions = await Db.Goals.Where(g => g.PriorityId == PriorityId).Select(g => g.Position).ToListAsync();
        return new Goal { PlanId = Scope.PlanId, PriorityId = PriorityId!.Value, Position = NextPosition(positions), Text = "" };
    }

    protected override GoalInput ToInput(Goal item) => new()
    {
        Text = item.Text,
        SubThemeId = item.SubThemeId,
        Indicator = item.Indicator,
        TargetValue = item.TargetValue,
        TargetUnit = item.TargetUnit,
        TargetYear = item.TargetYear,
    };

    protected override void Apply(GoalInput input, Goal item)
    {
        item.Text = input.Text.Trim();
        item.SubThemeId = input.SubThemeId;
        item.Indicator = input.Indicator?.Trim();
        item.TargetValue = input.TargetValue;
        item.TargetUnit = input.TargetUnit?.Trim();
        item.TargetYear = input.TargetYear;
    }

    protected override string EditUrl(Goal item) => WorkspaceUrls.Goal(Scope.Slug, item.Id);

    public class GoalInput : IPriorityPartInput
    {
        [Display(Name = "Doel")]
        [Required(ErrorMessage = "Beschrijf het doel.")]
        [StringLength(2000, ErrorMessage = "Een doel is hooguit {1} tekens.")]
        public string Text { get; set; } = "";

        [Display(Name = "Deelthema")]
        public int? SubThemeId { get; set; }

        [Display(Name = "Indicator")]
        [StringLength(300, ErrorMessage = "Een indicator is hooguit {1} tekens.")]
        public string? Indicator { get; set; }

        [Display(Name = "Streefwaarde")]
        [Range(-1_000_000_000, 1_000_000_000, ErrorMessage = "Vul een getal in.")]
        public decimal? TargetValue { get; set; }

        [Display(Name = "Eenheid")]
        [StringLength(50, ErrorMessage = "Een eenheid is hooguit {1} tekens.")]
        public string? TargetUnit { get; set; }

        [Display(Name = "Jaar")]
        [Range(2000, 2100, ErrorMessage = "Vul een jaar tussen 2000 en 2100 in.")]
        public int? TargetYear { get; set; }
    }
}
