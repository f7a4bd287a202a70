using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Data;
using Beleidsplan.Web.Domain.Planning;
using Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Planning;

/// <summary>
/// A redacteur adds or edits a milestone: its date, who is responsible (members of the plan's unit),
/// how many days before they get a reminder, and when it was done.
/// </summary>
[Access(Access.PlanEditor)]
public class EditMilestoneModel(BeleidsplanDbContext db, MarkdownRenderer markdown, TimeProvider clock, ILogger<EditMilestoneModel> log)
    : ContentEditorModel<Milestone, MilestoneInput>(db, markdown, log)
{
    /// <summary>The second submit button: save and mark the milestone done today.</summary>
    [BindProperty]
    public bool CompleteToday { get; set; }

    public List<MemberChoice> Members { get; private set; } = [];

    public DateOnly Today => Rounds.Today(clock);

    protected override IQueryable<Milestone> Items => Db.Milestones.Include(m => m.Responsibles);

    protected override async Task<Milestone?> NewItemAsync()
    {
        await OnResolvedAsync();
        if (Request.Method == HttpMethods.Get)
        {
            Input.ReminderDays = Milestone.DefaultReminderDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Input.CreationKey = Guid.NewGuid();
        }

        return new Milestone { PlanId = Scope.PlanId, Title = "", CreationKey = Input.CreationKey };
    }

    protected override async Task<Milestone?> AlreadyCreatedAsync(MilestoneInput input) => input.CreationKey is not { } key ? null
        : await Db.Milestones.AsNoTracking().SingleOrDefaultAsync(m => m.PlanId == Scope.PlanId && m.CreationKey == key);

    protected override async Task OnResolvedAsync() => Members = await MemberChoice.LoadAsync(Db, Scope.UnitId);

    protected override Task ValidateAsync(MilestoneInput input)
    {
        input.Validate(ModelState, Members.Select(m => m.Id).ToHashSet());
        return Task.CompletedTask;
    }

    protected override MilestoneInput ToInput(Milestone item) => MilestoneInput.From(item);

    protected override void Apply(MilestoneInput input, Milestone item)
    {
        var responsiblesBefore = item.Responsibles.Select(r => r.UserId).Order(StringComparer.Ordinal).ToList();
        input.ApplyTo(item, CompleteToday ? Today : null);
        var responsiblesChanged = !responsiblesBefore.SequenceEqual(item.Responsibles.Select(r => r.UserId).Order(StringComparer.Ordinal));
        if (item.Id != 0 && responsiblesChanged)
        {
            // Who is responsible is part of the milestone: raise its version, so a concurrent edit is noticed.
            Db.Entry(item).State = EntityState.Modified;
        }
    }

    protected override string EditUrl(Milestone item) => PlanningUrls.Milestone(Scope.Slug, item.Id);
}

/// <summary>A member of the plan's unit who can be made responsible for a milestone.</summary>
public sealed record MemberChoice(string Id, string Name, string? Email)
{
    public string Text => string.IsNullOrWhiteSpace(Name) ? Email ?? Id : Email is null ? Name : $"{Name} ({Email})";

    /// <summary>Active users with any role in the unit, by name.</summary>
    public static async Task<List<MemberChoice>> LoadAsync(BeleidsplanDbContext db, int unitId) =>
        (await db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.Memberships.Any(m => m.UserId == u.Id && m.PoliceUnitId == unitId))
            .Select(u => new MemberChoice(u.Id, u.DisplayName, u.Email)).ToListAsync())
        .OrderBy(m => m.Text, StringComparer.CurrentCultureIgnoreCase).ToList();
}
