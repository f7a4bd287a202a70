using Beleidsplan.Web.Data;
using Beleidsplan.Web.Startup;
using Beleidsplan.Web.Uploads;

var (command, hostArgs) = CommandLine.Split(args);
if (command is CommandLine.Help)
{
    CommandLine.PrintHelp();
    return 0;
}

var builder = WebApplication.CreateBuilder(hostArgs);
try
{
    builder.Services.AddBeleidsplanDatabase(builder.Configuration, builder.Environment.ContentRootPath);
    builder.Services.AddBeleidsplanUploads(builder.Configuration, builder.Environment);
    builder.Services.AddBeleidsplanProxy(builder.Configuration);
}
catch (ConfigurationException e)
{
    Console.Error.WriteLine($"Beleidsplan start niet: {e.Message}");
    return 2;
}

builder.AddBeleidsplanWeb();
var app = builder.Build();

var initialized = await DatabaseInitializer.RunAsync(app.Services, command, app.Configuration);
if (!initialized)
{
    return 2;
}

if (command is CommandLine.CreateAdmin)
{
    return await Beleidsplan.Web.Accounts.CreateAdminCommand.RunAsync(app.Services, app.Configuration);
}

if (command is not null)
{
    return 0;
}

app.UseBeleidsplanWeb();
await app.RunAsync();
return 0;

/// <summary>Entry point type, public so integration tests can host the app.</summary>
public partial class Program;
