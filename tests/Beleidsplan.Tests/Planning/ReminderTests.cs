using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsplan.Tests.Planning;

[Collection(PlanningSite.Name)]
public class ReminderTests(PlanningAppFactory app)
{
    private static readonly DateOnly DueOn = TestClock.RealToday.AddDays(30);

    private async Task<T> WithRemindersAsync<T>(Func<MilestoneReminders, Task<T>> action)
    {
        using var scope = app.Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<MilestoneReminders>());
    }

    private Task<int> RunAsync(DateOnly day) => WithRemindersAsync(r => r.SendDueAsync(TestClock.NoonOn(day)));

    private Task<List<Web.Mail.OutboxMessage>> MailsToAsync(params string[] emails) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => emails.Contains(m.To)).OrderBy(m => m.Id).ToListAsync());

    private async Task<(string Email, string Id)[]> ResponsiblesAsync(int count)
    {
        var users = new (string, string)[count];
        for (var i = 0; i < count; i++)
        {
            var email = await TestUsers.CreateAsync(app, Role.Redacteur);
            users[i] = (email, await PlanningData.UserIdAsync(app, email));
        }

        return users;
    }

    [Fact]
    public async Task Each_responsible_gets_one_reminder_from_its_day_on_and_never_a_second()
    {
        var people = await ResponsiblesAsync(2);
        var emails = people.Select(p => p.Email).ToArray();
        var title = $"Concept naar de raden {Guid.NewGuid():N}"[..30];
        var id = await PlanningData.MilestoneAsync(app, title, DueOn, reminderDays: 7, responsibleIds: people.Select(p => p.Id).ToArray());

        await RunAsync(DueOn.AddDays(-8));
        (await MailsToAsync(emails)).ShouldBeEmpty("the day before the reminder day");

        await RunAsync(DueOn.AddDays(-7));
        var mails = await MailsToAsync(emails);
        mails.Select(m => m.To).Order().ShouldBe(emails.Order());
        var mail = mails[0];
        mail.Subject.ShouldContain(title);
        mail.Subject.ShouldContain("Herinnering");
        mail.Body.ShouldContain("Integraal Meerjarenbeleidsplan Veiligheid Noord-Holland 2024-2027"); // the plan
        mail.Body.ShouldContain(DueOn.ToString("d MMMM yyyy", Web.Publishing.DutchTime.Culture));
        mail.Body.ShouldContain($"/werkruimte/plannen/{PlanningData.Plan}/planning#mijlpaal-{id}");
        mail.Body.ShouldStartWith("Beste Test Redacteur");
        (await app.WithDbAsync(db => db.Milestones.SingleAsync(m => m.Id == id))).ReminderSentAt.ShouldNotBeNull();

        await RunAsync(DueOn.AddDays(-6));
        await RunAsync(DueOn.AddDays(2));
        (await MailsToAsync(emails)).Count.ShouldBe(2, "one each, not again on a later run");
    }

    [Fact]
    public async Task Completed_milestones_and_milestones_without_reminder_days_get_no_reminder()
    {
        var people = await ResponsiblesAsync(1);
        await PlanningData.MilestoneAsync(app, "Al afgerond", DueOn, completedOn: DueOn.AddDays(-20), responsibleIds: people[0].Id);
        await PlanningData.MilestoneAsync(app, "Zonder herinnering", DueOn, reminderDays: null, responsibleIds: people[0].Id);

        await RunAsync(DueOn.AddDays(1));

        (await MailsToAsync(people[0].Email)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Someone_who_left_the_plans_unit_gets_no_reminder_the_others_do()
    {
        var people = await ResponsiblesAsync(2);
        await PlanningData.MilestoneAsync(app, "Na vertrek", DueOn, responsibleIds: people.Select(p => p.Id).ToArray());
        await app.WithDbAsync(db => db.Memberships.Where(m => m.UserId == people[1].Id).ExecuteDeleteAsync());

        await RunAsync(DueOn);

        (await MailsToAsync(people[0].Email)).Count.ShouldBe(1);
        (await MailsToAsync(people[1].Email)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_run_that_found_a_milestone_before_another_run_reminded_of_it_sends_nothing()
    {
        var people = await ResponsiblesAsync(1);
        var id = await PlanningData.MilestoneAsync(app, "Twee tegelijk", DueOn, responsibleIds: people[0].Id);
        var now = TestClock.NoonOn(DueOn);
        // The second instance has found the milestone due, then the first one reminds of it.
        var found = await WithRemindersAsync(r => r.FindDueAsync(now));
        var stale = found.Single(d => d.MilestoneId == id);
        await WithRemindersAsync(r => r.SendDueAsync(now));

        var sent = await WithRemindersAsync(r => r.SendAsync(stale, now));

        sent.ShouldBeFalse();
        (await MailsToAsync(people[0].Email)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Two_runs_at_the_same_time_send_one_reminder()
    {
        var people = await ResponsiblesAsync(1);
        await PlanningData.MilestoneAsync(app, "Tegelijk", DueOn, responsibleIds: people[0].Id);

        await Task.WhenAll(RunAsync(DueOn), RunAsync(DueOn), RunAsync(DueOn));

        (await MailsToAsync(people[0].Email)).Count.ShouldBe(1);
    }

    [Fact]
    public async Task Moving_the_date_in_the_form_brings_a_new_reminder_for_the_new_date()
    {
        var responsible = await ResponsiblesAsync(1);
        var id = await PlanningData.MilestoneAsync(app, "Verschoven", DueOn, reminderDays: 3, responsibleIds: responsible[0].Id);
        await RunAsync(DueOn.AddDays(-3));
        (await MailsToAsync(responsible[0].Email)).Count.ShouldBe(1);
        var newDate = DueOn.AddDays(14);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"/werkruimte/plannen/{PlanningData.Plan}/planning/{id}");

        var (saved, _) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.DueOn"] = newDate.ToString("dd-MM-yyyy") });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.Milestones.SingleAsync(m => m.Id == id))).ReminderSentAt.ShouldBeNull();
        await RunAsync(newDate.AddDays(-4));
        (await MailsToAsync(responsible[0].Email)).Count.ShouldBe(1, "not before the new reminder day");
        await RunAsync(newDate.AddDays(-3));
        var mails = await MailsToAsync(responsible[0].Email);
        mails.Count.ShouldBe(2);
        mails[1].Body.ShouldContain(newDate.ToString("d MMMM yyyy", Web.Publishing.DutchTime.Culture));
    }

    [Fact]
    public void The_app_runs_the_reminders_in_the_background() =>
        app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().ShouldContain(s => s is MilestoneReminderWorker);
}
