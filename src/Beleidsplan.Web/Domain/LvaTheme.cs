namespace Beleidsplan.Web.Domain;

/// <summary>A national priority of the Landelijke Veiligheidsagenda that plans must take into account.</summary>
public class LvaTheme
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public int FirstYear { get; set; }
    public int LastYear { get; set; }
}

public class PriorityLvaLink
{
    public int PriorityId { get; set; }
    public int LvaThemeId { get; set; }
    public LvaTheme? LvaTheme { get; set; }
}
