using System.Diagnostics;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Data;

namespace Beleidsplan.Tests.Startup;

/// <summary>Runs the built app as a process, the way an operator starts it.</summary>
public class CommandLineTests
{
    private static string AppDll
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var root = new DirectoryInfo(AppContext.BaseDirectory);
            while (!File.Exists(Path.Combine(root.FullName, "Beleidsplan.slnx")))
            {
                root = root.Parent ?? throw new InvalidOperationException("Repository root not found.");
            }

            return Path.Combine(root.FullName, "src", "Beleidsplan.Web", "bin", configuration, "net10.0", "Beleidsplan.Web.dll");
        }
    }

    private static Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args) => RunWithInputAsync("", args);

    private static async Task<(int ExitCode, string Output, string Errors)> RunWithInputAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(AppDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteLineAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }

    [Theory]
    [InlineData("--Database:Provider=mysql", "Database:Provider 'mysql' is onbekend")]
    [InlineData("--Database:Provider=PostgreSQL", "ConnectionStrings:Beleidsplan ontbreekt")]
    [InlineData("--Database:SqlitePath=/proc/geen-map/app.db", "Database:SqlitePath '/proc/geen-map/app.db' is onbruikbaar")]
    public async Task A_wrong_database_setting_stops_the_app_with_one_line_that_names_it(string setting, string message)
    {
        var (exitCode, _, errors) = await RunAsync(setting, "--urls", "http://127.0.0.1:0");

        exitCode.ShouldBe(2);
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, errors);
        lines[0].ShouldContain(message);
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_server_stops_the_app_with_one_line()
    {
        var (exitCode, _, errors) = await RunAsync("--Database:Provider=PostgreSQL",
            "--ConnectionStrings:Beleidsplan=Host=127.0.0.1;Port=1;Username=x;Password=y;Database=z;Timeout=3", "--urls", "http://127.0.0.1:0");

        exitCode.ShouldBe(2);
        var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, errors);
        lines[0].ShouldContain("de database is niet bruikbaar (PostgreSQL)");
    }

    [Fact]
    public async Task Migrate_and_seed_demo_are_commands_that_finish()
    {
        await using var database = await TestDatabase.CreateAsync();
        var setting = database.Provider == DatabaseProvider.Sqlite
            ? $"--Database:SqlitePath={database.Setting}"
            : $"--ConnectionStrings:Beleidsplan={database.Setting}";
        var provider = $"--Database:Provider={database.Provider}";

        var migrate = await RunAsync("migrate", provider, setting);
        var seed = await RunAsync("seed-demo", provider, setting);
        var seedAgain = await RunAsync("seed-demo", provider, setting);

        migrate.ExitCode.ShouldBe(0, migrate.Errors);
        migrate.Output.ShouldContain("Migraties toegepast.");
        seed.ExitCode.ShouldBe(0, seed.Errors);
        seed.Output.ShouldContain("3 plannen");
        seedAgain.ExitCode.ShouldBe(0, seedAgain.Errors);
        seedAgain.Output.ShouldContain("0 plannen");
    }

    [Fact]
    public async Task Create_admin_makes_the_first_beheerder_with_a_password_from_standard_input()
    {
        await using var database = await TestDatabase.CreateAsync();
        string[] settings =
        [
            $"--Database:Provider={database.Provider}",
            database.Provider == DatabaseProvider.Sqlite ? $"--Database:SqlitePath={database.Setting}" : $"--ConnectionStrings:Beleidsplan={database.Setting}",
        ];
        await RunAsync(["seed-demo", .. settings]);
        string[] command = ["create-admin", "--email", "beheer@example.nl", "--naam", "Anne Beheer", "--eenheid", "noord-holland", .. settings];

        var tooShort = await RunWithInputAsync("kort", command);
        var common = await RunWithInputAsync("1qaz2wsx3edc", command);
        var created = await RunWithInputAsync("een-lang-genoeg-wachtwoord", command);
        var again = await RunWithInputAsync("een-lang-genoeg-wachtwoord", command);
        var unknownUnit = await RunWithInputAsync("een-lang-genoeg-wachtwoord", ["create-admin", "--email", "x@example.nl", "--eenheid", "atlantis", .. settings]);

        tooShort.ExitCode.ShouldBe(1);
        tooShort.Errors.ShouldContain("Het wachtwoord moet ten minste 12 tekens lang zijn.");
        common.ExitCode.ShouldBe(1);
        common.Errors.ShouldContain("Dit wachtwoord staat op een lijst van veelgebruikte wachtwoorden.");
        created.ExitCode.ShouldBe(0, created.Errors);
        created.Output.ShouldContain("Beheerder beheer@example.nl aangemaakt voor Eenheid Noord-Holland.");
        again.ExitCode.ShouldBe(1);
        again.Errors.ShouldContain("Er is al een account met");
        unknownUnit.ExitCode.ShouldBe(1);
        unknownUnit.Errors.ShouldContain("Eenheid 'atlantis' bestaat niet.");
    }
}
