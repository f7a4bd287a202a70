namespace Beleidsplan.Web.Startup;

/// <summary>
/// The app's own commands come before the host's options (`-- migrate --urls ...`), so anything
/// that is not a command is left to ASP.NET Core's configuration.
/// </summary>
public static class CommandLine
{
    public const string Migrate = "migrate";
    public const string SeedDemo = "seed-demo";
    public const string Help = "help";
    public const string CreateAdmin = "create-admin";

    public static (string? Command, string[] HostArgs) Split(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return (null, args);
        }

        var command = args[0].ToLowerInvariant() switch
        {
            Migrate => Migrate,
            SeedDemo or "seed" => SeedDemo,
            Help or "--help" => Help,
            CreateAdmin => CreateAdmin,
            _ => null,
        };
        if (command is null)
        {
            Console.Error.WriteLine($"Onbekend commando '{args[0]}'.");
            return (Help, []);
        }

        return (command, args[1..]);
    }

    public static void PrintHelp() => Console.WriteLine(
        """
        Gebruik: dotnet run --project src/Beleidsplan.Web -- [commando] [opties]

        Zonder commando start de webapplicatie (bijvoorbeeld met --urls http://127.0.0.1:5080).

        Commando's:
          migrate     Past de databasemigraties toe en stopt.
          seed-demo   Past de migraties toe en laadt de demogegevens (plannen die er al zijn blijven staan).
          create-admin --email <adres> --eenheid <eenheid> [--naam <naam>]
                      Maakt de eerste beheerder van een eenheid; het wachtwoord komt via standaardinvoer.
          help        Toont deze hulp.

        Instellingen (appsettings.json, omgevingsvariabelen of --Sleutel=waarde):
          Database:Provider            Sqlite (standaard) of PostgreSQL
          Database:SqlitePath          pad naar het SQLite-bestand (standaard data/beleidsplan.db)
          ConnectionStrings:Beleidsplan  PostgreSQL-verbindingsreeks
          Database:SeedDemoData        true (standaard): demogegevens laden bij een lege database
        """);
}
