namespace Beleidsplan.Web.Lifecycle;

public enum CheckStatus
{
    Green,
    Red,
    Unknown,
}

public static class CheckStatusText
{
    /// <summary>In words, so the state never depends on colour alone (WCAG 1.4.1).</summary>
    public static string ToDutch(this CheckStatus status) => status switch
    {
        CheckStatus.Green => "Voldaan",
        CheckStatus.Red => "Niet voldaan",
        CheckStatus.Unknown => "Onbekend",
    };

    public static string ToCode(this CheckStatus status) => status switch
    {
        CheckStatus.Green => "groen",
        CheckStatus.Red => "rood",
        CheckStatus.Unknown => "onbekend",
    };
}

/// <summary>One requirement of the law, as the data shows it: its state and why.</summary>
public sealed record ChecklistItem(string Code, string Description, CheckStatus Status, string Reason, IReadOnlyList<ChecklistLink>? Links = null);

public sealed record ChecklistLink(string Text, string Url);
