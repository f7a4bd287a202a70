using Beleidsplan.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Web.Mail;

/// <summary>Sends what is due in the outbox, one message at a time, retrying failures with back-off.</summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, IMailSender sender, MailOptions options, TimeProvider clock, ILogger<OutboxWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.PollSeconds), clock);
        do
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "De uitgaande e-mail kon niet worden verwerkt");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Sends every message that is due; returns how many went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<BeleidsplanDbContext>();
        var now = clock.GetUtcNow();
        var due = (await db.OutboxMessages
            .Where(m => m.SentAt == null && m.Attempts < OutboxMessage.MaxAttempts)
            .OrderBy(m => m.Id).ToListAsync(cancellationToken))
            .Where(m => m.NextAttemptAt <= now) // compared in memory: SQLite cannot order DateTimeOffset
            .ToList();
        var sent = 0;
        foreach (var message in due)
        {
            try
            {
                await sender.SendAsync(message, cancellationToken);
                message.Sent(clock.GetUtcNow());
                sent++;
            }
            catch (Exception e) when (e is System.Net.Mail.SmtpException or IOException or InvalidOperationException)
            {
                message.Failed(e.Message, clock.GetUtcNow());
                log.LogWarning("E-mail {MessageId} niet verstuurd (poging {Attempt}): {Error}", message.Id, message.Attempts, e.Message);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }
}
