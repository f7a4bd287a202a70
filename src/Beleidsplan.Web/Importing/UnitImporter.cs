using System.Globalization;
using Beleidsplan.Web.Domain;
using CsvHelper;
using CsvHelper.Configuration;

namespace Beleidsplan.Web.Importing;

/// <summary>Reads a unit folder (eenheid.yaml and gemeenten.csv) into a new, unsaved unit.</summary>
public class UnitImporter
{
    public PoliceUnit Read(ContentFile files, string folder, ImportErrors errors)
    {
        var path = Path.Combine(folder, "eenheid.yaml");
        var name = files.Relative(path);
        var file = files.ReadYaml<UnitFile>(path) ?? new UnitFile();
        var unit = new PoliceUnit
        {
            Slug = errors.RequireSlug(file.Slug, "slug", name),
            Name = errors.Require(file.Name, "naam", name),
            Description = file.Description,
        };
        unit.Districts = file.Districts.Select((d, i) => new District
        {
            Position = i + 1,
            Name = errors.Require(d.Name, $"districten[{i + 1}].naam", name),
            Abbreviation = d.Abbreviation,
            BasicTeams = d.BasicTeams.Select((t, j) => new BasicTeam { Position = j + 1, Name = t }).ToList(),
        }).ToList();
        unit.Organisations = file.Organisations.Select((o, i) => new Organisation
        {
            Name = errors.Require(o.Name, $"organisaties[{i + 1}].naam", name),
            Kind = errors.Lookup(Codes.OrganisationKinds, o.Kind, $"organisaties[{i + 1}].soort", name) ?? default,
        }).ToList();

        var municipalitiesPath = Path.Combine(folder, "gemeenten.csv");
        if (File.Exists(municipalitiesPath))
        {
            ReadMunicipalities(unit, municipalitiesPath, files.Relative(municipalitiesPath), errors);
        }

        unit.GoverningBodies = file.Bodies.Select((b, i) => ReadBody(unit, b, i, name, errors)).ToList();
        return unit;
    }

    private static GoverningBody ReadBody(PoliceUnit unit, UnitFile.BodyEntry entry, int index, string file, ImportErrors errors)
    {
        var field = $"bestuursorganen[{index + 1}]";
        return new GoverningBody
        {
            Position = index + 1,
            Slug = errors.RequireSlug(entry.Slug, $"{field}.slug", file),
            Name = errors.Require(entry.Name, $"{field}.naam", file),
            Abbreviation = entry.Abbreviation,
            Kind = errors.Lookup(Codes.BodyKinds, entry.Kind, $"{field}.soort", file) ?? default,
            EstablishedYear = entry.Established,
            Description = entry.Description,
            Members = entry.Members.Select((m, j) => new BodyMember
            {
                Position = j + 1,
                Function = errors.Require(m.Function, $"{field}.leden[{j + 1}].functie", file),
                PersonName = m.PersonName,
                Role = errors.Lookup(Codes.MemberRoles, m.Role, $"{field}.leden[{j + 1}].rol", file, MemberRole.Member) ?? default,
                Organisation = FindOrganisation(unit, m.Organisation, $"{field}.leden[{j + 1}].organisatie", file, errors),
            }).ToList(),
        };
    }

    private static Organisation? FindOrganisation(PoliceUnit unit, string? name, string field, string file, ImportErrors errors)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var found = unit.Organisations.FirstOrDefault(o => string.Equals(o.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            errors.Add(file, $"veld '{field}': organisatie '{name}' staat niet bij de organisaties van de eenheid.");
        }

        return found;
    }

    private static void ReadMunicipalities(PoliceUnit unit, string path, string file, ImportErrors errors)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", TrimOptions = TrimOptions.Trim };
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, config);
        var teams = unit.Districts.SelectMany(d => d.BasicTeams.Select(t => (District: d.Name, Team: t)))
            .ToDictionary(x => x.Team.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var row in csv.GetRecords<MunicipalityRow>())
        {
            var line = $"regel {csv.Context.Parser?.Row}";
            if (!Municipality.IsValidCbsCode(row.cbs_code))
            {
                errors.Add(file, $"{line}: CBS-code '{row.cbs_code}' heeft niet de vorm GMxxxx.");
                continue;
            }

            BasicTeam? team = null;
            if (!string.IsNullOrEmpty(row.basisteam) && !teams.TryGetValue(row.basisteam, out var match))
            {
                errors.Add(file, $"{line}: basisteam '{row.basisteam}' staat niet in eenheid.yaml.");
            }
            else if (!string.IsNullOrEmpty(row.basisteam))
            {
                team = teams[row.basisteam].Team;
                if (!string.Equals(teams[row.basisteam].District, row.district, StringComparison.OrdinalIgnoreCase))
                {
                    errors.Add(file, $"{line}: basisteam '{row.basisteam}' hoort niet bij district '{row.district}'.");
                }
            }

            var municipality = new Municipality
            {
                CbsCode = row.cbs_code,
                Name = row.naam,
                BasicTeam = team,
                BasicTeamSource = row.basisteam_herkomst switch
                {
                    "bron" => AssignmentSource.Source,
                    "afgeleid" => AssignmentSource.Derived,
                    _ => AssignmentSource.Unknown,
                },
                Inhabitants = ParseInt(row.inwoners, $"{line}: inwoners", file, errors),
                InhabitantsReferenceDate = ParseDate(row.inwoners_peildatum, $"{line}: inwoners_peildatum", file, errors),
            };
            unit.Municipalities.Add(municipality);
            unit.Organisations.Add(new Organisation
            {
                Name = $"Gemeente {municipality.Name}",
                Kind = OrganisationKind.Municipality,
                Municipality = municipality,
            });
        }
    }

    private static int? ParseInt(string? value, string field, string file, ImportErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        errors.Add(file, $"{field} '{value}' is geen geheel getal.");
        return null;
    }

    public static DateOnly? ParseDate(string? value, string field, string file, ImportErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(file, $"{field} '{value}' is geen datum in de vorm jjjj-mm-dd.");
        return null;
    }

#pragma warning disable IDE1006, SA1300 // Property names are the CSV's column names.
    private sealed class MunicipalityRow
    {
        public string cbs_code { get; set; } = "";
        public string naam { get; set; } = "";
        public string district { get; set; } = "";
        public string basisteam { get; set; } = "";
        public string basisteam_herkomst { get; set; } = "";
        public string? inwoners { get; set; }
        public string? inwoners_peildatum { get; set; }
    }
#pragma warning restore IDE1006, SA1300
}
