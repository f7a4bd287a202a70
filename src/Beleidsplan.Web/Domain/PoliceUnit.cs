namespace Beleidsplan.Web.Domain;

/// <summary>A regional police unit (eenheid) with its districts, municipalities and bodies.</summary>
public class PoliceUnit
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public List<District> Districts { get; set; } = [];
    public List<Municipality> Municipalities { get; set; } = [];
    public List<Organisation> Organisations { get; set; } = [];
    public List<GoverningBody> GoverningBodies { get; set; } = [];
    public List<Plan> Plans { get; set; } = [];
}

public class District
{
    public int Id { get; set; }
    public int PoliceUnitId { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public string? Abbreviation { get; set; }
    public List<BasicTeam> BasicTeams { get; set; } = [];
}

/// <summary>A basisteam: the local police team that serves one or more municipalities.</summary>
public class BasicTeam
{
    public int Id { get; set; }
    public int DistrictId { get; set; }
    public District? District { get; set; }
    public int Position { get; set; }
    public required string Name { get; set; }
    public List<Municipality> Municipalities { get; set; } = [];
}
