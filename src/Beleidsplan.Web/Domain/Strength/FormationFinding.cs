namespace Beleidsplan.Web.Domain.Strength;

/// <summary>
/// Something the import found in the published figures that the working group should see: a total
/// that does not add up, a part whose figures differ between two tables, or how the import read an
/// unclear row. Errors that stop an import (a number that does not parse, an unknown part) are never
/// stored: nothing is stored then.
/// </summary>
public class FormationFinding
{
    public const int MessageMaxLength = 1000;

    public int Id { get; set; }
    public int FormationId { get; set; }
    public int Position { get; set; }
    public FindingKind Kind { get; set; }

    /// <summary>The table the finding is in, as titled in the source (e.g. "Diensten").</summary>
    public string? Table { get; set; }

    /// <summary>The line (pasted text, CSV) or row (spreadsheet) in the source, from 1.</summary>
    public int? Line { get; set; }

    /// <summary>The part of the unit, as the published row names it.</summary>
    public required string NodeName { get; set; }
    public FteColumn? Column { get; set; }
    public decimal? Published { get; set; }
    public decimal? Computed { get; set; }

    /// <summary>The whole finding as one Dutch sentence, as the report showed it.</summary>
    public required string Message { get; set; }

    /// <summary>Published minus computed: what the published figure has too much (negative: too little).</summary>
    public decimal? Difference => Published - Computed;
}

public enum FindingKind
{
    /// <summary>A published subtotal or total differs from what its rows add up to.</summary>
    TotalDiffers,

    /// <summary>A row's published total differs from the sum of its own categories.</summary>
    RowTotalDiffers,

    /// <summary>The same part has different figures in two tables.</summary>
    TablesDiffer,

    /// <summary>How the import read a row or table that could be read more than one way.</summary>
    Reading,
}

public static class FindingKindText
{
    public static string ToDutch(this FindingKind kind) => kind switch
    {
        FindingKind.TotalDiffers => "Totaal klopt niet",
        FindingKind.RowTotalDiffers => "Rijtotaal klopt niet",
        FindingKind.TablesDiffer => "Tabellen verschillen",
        FindingKind.Reading => "Zo gelezen",
    };

    public static string ToCode(this FindingKind kind) => kind switch
    {
        FindingKind.TotalDiffers => "totaal-wijkt-af",
        FindingKind.RowTotalDiffers => "rijtotaal-wijkt-af",
        FindingKind.TablesDiffer => "tabellen-verschillen",
        FindingKind.Reading => "lezing",
    };
}
