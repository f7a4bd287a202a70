namespace Beleidsplan.Web.Planning;

/// <summary>Looks for due milestone reminders now and then; the work itself is <see cref="MilestoneReminders"/>.</summary>
public sealed class MilestoneReminderWorker(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock, ILogger<MilestoneReminderWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Reminders are per day: looking every quarter of an hour is plenty, and it is cheap.
        var minutes = configuration.GetValue("Planning:ReminderMinutes", 15);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, minutes)), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<MilestoneReminders>().SendDueAsync(clock.GetUtcNow(), stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "De herinneringen voor mijlpalen konden niet worden verwerkt");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
