namespace Beleidsplan.Web.Mail;

public static class MailSetup
{
    public static void AddBeleidsplanMail(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection("Mail").Get<MailOptions>() ?? new MailOptions();
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);
        if (string.Equals(options.Mode, "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IMailSender, SmtpMailSender>();
        }
        else
        {
            services.AddSingleton<IMailSender, FolderMailSender>();
        }

        services.AddSingleton<OutboxWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxWorker>());
    }
}
