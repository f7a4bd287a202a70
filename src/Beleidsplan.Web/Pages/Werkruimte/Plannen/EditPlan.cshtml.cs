using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Publishing;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>A redacteur edits the plan's details: titles, period, legal basis and summary.</summary>
[Access(Access.PlanEditor)]
public class EditPlanModel(BeleidsplanDbContext db, MarkdownRenderer markdown, ILogger<EditPlanModel> log)
    : ContentEditorModel<Plan, EditPlanModel.PlanInput>(db, markdown, log)
{
    protected override string? DefaultId => Scope.PlanId.ToString(CultureInfo.InvariantCulture);

    protected override IQueryable<Plan> Items => Db.Plans;

    protected override Task<Plan?> NewItemAsync() => Task.FromResult<Plan?>(null); // plans are not made here

    protected override PlanInput ToInput(Plan item) => new()
    {
        Title = item.Title,
        ShortName = item.ShortName,
        FirstYear = item.FirstYear,
        LastYear = item.LastYear,
        LegalBasis = item.LegalBasis,
        Summary = item.Summary,
    };

    protected override Task<bool> ReferencesBelongToPlanAsync(PlanInput input)
    {
        if (ModelState.IsValid && Plan.ValidatePeriod(input.FirstYear, input.LastYear) is { } problem)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(PlanInput.LastYear)}", problem);
        }

        return Task.FromResult(true);
    }

    protected override void Apply(PlanInput input, Plan item)
    {
        item.Title = input.Title.Trim();
        item.ShortName = input.ShortName.Trim();
        item.FirstYear = input.FirstYear;
        item.LastYear = input.LastYear;
        item.LegalBasis = input.LegalBasis?.Trim();
        item.Summary = input.Summary;
    }

    protected override string EditUrl(Plan item) => WorkspaceUrls.Details(Scope.Slug);

    public class PlanInput
    {
        [Display(Name = "Titel")]
        [Required(ErrorMessage = "Vul een titel in.")]
        [StringLength(300, ErrorMessage = "Een titel is hooguit {1} tekens.")]
        public string Title { get; set; } = "";

        [Display(Name = "Korte naam")]
        [Required(ErrorMessage = "Vul een korte naam in, bijvoorbeeld IMV 2024-2027.")]
        [StringLength(50, ErrorMessage = "Een korte naam is hooguit {1} tekens.")]
        public string ShortName { get; set; } = "";

        [Display(Name = "Eerste jaar")]
        [Range(2000, 2100, ErrorMessage = "Vul een jaar tussen 2000 en 2100 in.")]
        public int FirstYear { get; set; }

        [Display(Name = "Laatste jaar")]
        [Range(2000, 2100, ErrorMessage = "Vul een jaar tussen 2000 en 2100 in.")]
        public int LastYear { get; set; }

        [Display(Name = "Wettelijke grondslag")]
        [StringLength(500, ErrorMessage = "De grondslag is hooguit {1} tekens.")]
        public string? LegalBasis { get; set; }

        [Display(Name = "Samenvatting"), Markdown]
        [StringLength(20_000, ErrorMessage = "{0}: deze tekst is te lang, hooguit {1:N0} tekens.")]
        public string? Summary { get; set; }
    }
}
