namespace Beleidsplan.Web.Mail;

/// <summary>
/// An e-mail waiting to go out, stored in the same transaction as the change that caused it, so a
/// failed send is retried and never lost.
/// </summary>
public class OutboxMessage
{
    public const int MaxAttempts = 10;

    public int Id { get; set; }

    public string To { get; set; } = "";

    public string Subject { get; set; } = "";

    /// <summary>Plain text; links are written out in full.</summary>
    public string Body { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public static OutboxMessage Create(string to, string subject, string body, DateTimeOffset now) =>
        new() { To = to, Subject = subject, Body = body, CreatedAt = now, NextAttemptAt = now };

    /// <summary>Records a failed attempt and when to try again: 1, 2, 4 … minutes, up to an hour.</summary>
    public void Failed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        NextAttemptAt = now.AddMinutes(Math.Min(60, Math.Pow(2, Attempts - 1)));
    }

    public void Sent(DateTimeOffset now)
    {
        Attempts++;
        SentAt = now;
        LastError = null;
    }
}
