using Beleidsplan.Web.Pages.Werkruimte.Awaiting;

namespace Beleidsplan.Web.Planning;

public static class PlanningSetup
{
    /// <summary>Milestone reminders, and the sources of what awaits a user on their workspace home.</summary>
    public static void AddBeleidsplanPlanning(this IServiceCollection services)
    {
        services.AddScoped<MilestoneReminders>();
        services.AddHostedService<MilestoneReminderWorker>();
        services.AddAwaitingSources();
    }
}
