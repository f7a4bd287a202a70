namespace Beleidsplan.Tests.Strength.Views;

/// <summary>A formation with every part the demo's planned changes name, except the new FO / VOA department.</summary>
public static class HermansFormation
{
    private const string U = StrengthData.Unit;

    public static readonly (string Path, decimal Aspirant, decimal Wijkagent, decimal Overig)[] Rows =
    [
        (U, 0m, 0m, 1m),
        ($"{U} > District Noord-Holland-Noord", 0m, 0m, 1m),
        ($"{U} > District Noord-Holland-Noord > Basisteam Den Helder", 3m, 10m, 70m),
        ($"{U} > District Noord-Holland-Noord > Basisteam Alkmaar", 5m, 20m, 150m),
        ($"{U} > District Noord-Holland-Noord > Basisteam Heerhugowaard", 3m, 12m, 90m),
        ($"{U} > District Noord-Holland-Noord > Basisteam Hoorn", 4m, 14m, 100m),
        ($"{U} > District Noord-Holland-Noord > Flexteam Noord-Holland-Noord", 0m, 0m, 30m),
        ($"{U} > District Zaanstreek-Waterland", 0m, 0m, 1m),
        ($"{U} > District Zaanstreek-Waterland > Basisteam Zaanstad", 4m, 15m, 120m),
        ($"{U} > District Zaanstreek-Waterland > Basisteam Purmerend", 3m, 12m, 90m),
        ($"{U} > District Zaanstreek-Waterland > Flexteam Zaanstreek-Waterland", 0m, 0m, 20m),
        ($"{U} > District Kennemerland", 0m, 0m, 1m),
        ($"{U} > District Kennemerland > Basisteam IJmond", 3m, 12m, 95m),
        ($"{U} > District Kennemerland > Basisteam Haarlem", 5m, 16m, 140m),
        ($"{U} > District Kennemerland > Basisteam Kennemer Kust", 2m, 8m, 60m),
        ($"{U} > District Kennemerland > Basisteam Haarlemmermeer", 4m, 12m, 100m),
        ($"{U} > District Kennemerland > Flexteam Kennemerland", 0m, 0m, 30m),
        ($"{U} > Dienst Regionale Recherche", 0m, 0m, 40m),
        ($"{U} > Dienst Regionale Recherche > Afdeling Recherche Expertise", 0m, 0m, 100m),
        ($"{U} > Dienst Regionaal Operationeel Centrum", 0m, 0m, 150m),
    ];

    public static decimal Total => Rows.Sum(r => r.Aspirant + r.Wijkagent + r.Overig);
}
