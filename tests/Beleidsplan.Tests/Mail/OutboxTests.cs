using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsplan.Tests.Mail;

public sealed class SmtpAppFactory : AppFactory
{
    public SmtpSink Sink { get; } = new();

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Mail:Mode"] = "Smtp",
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:From"] = "beleidsplan@example.nl",
        ["Mail:PollSeconds"] = "3600", // the tests send by hand
    };
}

public class OutboxTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    private async Task<int> QueueAsync(string subject)
    {
        return await app.WithDbAsync(async db =>
        {
            var message = OutboxMessage.Create("raad@example.nl", subject, "Tekst met een link: https://beleidsplan.example.nl/x", DateTimeOffset.UtcNow);
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });
    }

    private Task<OutboxMessage> ReloadAsync(int id) => app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    private OutboxWorker Worker => app.Services.GetRequiredService<OutboxWorker>();

    [Fact]
    public async Task A_message_in_the_outbox_goes_out_over_SMTP_and_is_marked_sent()
    {
        app.Sink.Start();
        try
        {
            var id = await QueueAsync("Uitnodiging zienswijze");

            await Worker.SendDueAsync(CancellationToken.None);

            var message = await ReloadAsync(id);
            message.SentAt.ShouldNotBeNull();
            message.Attempts.ShouldBe(1);
            app.Sink.Messages.ShouldContain(m => m.Contains("Subject: Uitnodiging zienswijze") && m.Contains("To: raad@example.nl"));
        }
        finally
        {
            app.Sink.Stop();
        }
    }

    [Fact]
    public async Task A_failed_send_stays_in_the_outbox_and_is_retried_later()
    {
        var id = await QueueAsync("Herinnering");

        await Worker.SendDueAsync(CancellationToken.None); // the server is down

        var failed = await ReloadAsync(id);
        failed.SentAt.ShouldBeNull();
        failed.Attempts.ShouldBe(1);
        failed.LastError.ShouldNotBeNullOrEmpty();
        failed.NextAttemptAt.ShouldBeGreaterThan(DateTimeOffset.UtcNow);

        app.Sink.Start();
        try
        {
            await Worker.SendDueAsync(CancellationToken.None);
            (await ReloadAsync(id)).SentAt.ShouldBeNull("not due yet");

            await app.WithDbAsync(async db =>
            {
                var message = await db.OutboxMessages.SingleAsync(m => m.Id == id);
                message.NextAttemptAt = DateTimeOffset.UtcNow.AddSeconds(-1); // the back-off has passed
                return await db.SaveChangesAsync();
            });
            await Worker.SendDueAsync(CancellationToken.None);

            var sent = await ReloadAsync(id);
            sent.SentAt.ShouldNotBeNull();
            sent.Attempts.ShouldBe(2);
            app.Sink.Messages.ShouldContain(m => m.Contains("Subject: Herinnering"));
        }
        finally
        {
            app.Sink.Stop();
        }
    }
}
