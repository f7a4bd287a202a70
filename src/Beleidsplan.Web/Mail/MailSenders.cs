using System.Net;
using System.Net.Mail;

namespace Beleidsplan.Web.Mail;

public interface IMailSender
{
    Task SendAsync(OutboxMessage message, CancellationToken cancellationToken);
}

public sealed class MailOptions
{
    /// <summary>Smtp, or Folder (development: each message becomes an .eml file).</summary>
    public string Mode { get; set; } = "Folder";

    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "beleidsplan@localhost";

    public string Folder { get; set; } = "data/mail";

    public int PollSeconds { get; set; } = 10;
}

/// <summary>Sends over SMTP with the framework's client (MailKit is not on the package source).</summary>
public sealed class SmtpMailSender(MailOptions options) : IMailSender
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient(options.Host, options.Port) { EnableSsl = options.EnableSsl };
        if (!string.IsNullOrEmpty(options.UserName))
        {
            client.Credentials = new NetworkCredential(options.UserName, options.Password);
        }

        using var mail = new MailMessage(options.From, message.To, message.Subject, message.Body)
        {
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
        };
        await client.SendMailAsync(mail, cancellationToken);
    }
}

/// <summary>Writes each message as an .eml file, for development without a mail server.</summary>
public sealed class FolderMailSender(MailOptions options, IWebHostEnvironment environment) : IMailSender
{
    public async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(environment.ContentRootPath, options.Folder);
        using var client = new SmtpClient
        {
            DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
            PickupDirectoryLocation = Directory.CreateDirectory(folder).FullName,
        };
        using var mail = new MailMessage(options.From, message.To, message.Subject, message.Body)
        {
            BodyEncoding = System.Text.Encoding.UTF8,
            SubjectEncoding = System.Text.Encoding.UTF8,
        };
        await client.SendMailAsync(mail, cancellationToken);
    }
}
