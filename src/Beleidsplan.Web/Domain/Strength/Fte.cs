namespace Beleidsplan.Web.Domain.Strength;

/// <summary>The columns of a formation table: the three categories of seed 002 and their total.</summary>
public enum FteColumn
{
    Aspirant,
    Wijkagent,
    Overig,
    Totaal,
}

public static class FteColumnText
{
    public static readonly FteColumn[] Categories = [FteColumn.Aspirant, FteColumn.Wijkagent, FteColumn.Overig];
    public static readonly FteColumn[] All = [FteColumn.Aspirant, FteColumn.Wijkagent, FteColumn.Overig, FteColumn.Totaal];

    public static string ToDutch(this FteColumn column) => column switch
    {
        FteColumn.Aspirant => "aspirant",
        FteColumn.Wijkagent => "wijkagent",
        FteColumn.Overig => "overig",
        FteColumn.Totaal => "totaal",
    };

    /// <summary>The name in open data and exports: the same words as the published tables.</summary>
    public static string ToCode(this FteColumn column) => column.ToDutch();

    public static FteColumn? FromDutch(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "aspirant" or "aspiranten" => FteColumn.Aspirant,
        "wijkagent" or "wijkagenten" => FteColumn.Wijkagent,
        "overig" or "overige" => FteColumn.Overig,
        "totaal" => FteColumn.Totaal,
        _ => null,
    };
}

/// <summary>FTE per category (aspirant, wijkagent, overig); the total is always their sum, never stored apart.</summary>
public readonly record struct Fte(decimal Aspirant, decimal Wijkagent, decimal Overig)
{
    public static readonly Fte Zero = new(0m, 0m, 0m);

    public decimal Total => Aspirant + Wijkagent + Overig;

    public decimal this[FteColumn column] => column switch
    {
        FteColumn.Aspirant => Aspirant,
        FteColumn.Wijkagent => Wijkagent,
        FteColumn.Overig => Overig,
        FteColumn.Totaal => Total,
    };

    public bool IsZero => Aspirant == 0m && Wijkagent == 0m && Overig == 0m;

    public static Fte Of(FteColumn category, decimal fte) => category switch
    {
        FteColumn.Aspirant => new(fte, 0m, 0m),
        FteColumn.Wijkagent => new(0m, fte, 0m),
        FteColumn.Overig => new(0m, 0m, fte),
        FteColumn.Totaal => throw new ArgumentException("Het totaal is geen categorie.", nameof(category)),
    };

    public static Fte operator +(Fte a, Fte b) => new(a.Aspirant + b.Aspirant, a.Wijkagent + b.Wijkagent, a.Overig + b.Overig);

    public static Fte operator -(Fte a, Fte b) => new(a.Aspirant - b.Aspirant, a.Wijkagent - b.Wijkagent, a.Overig - b.Overig);
}
