namespace Beleidsplan.Web.Importing;

/// <summary>An import that cannot be applied; every error names its file and field, in Dutch.</summary>
public class ImportException(IReadOnlyList<string> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>Collects errors so one pass reports all of them, not just the first.</summary>
public class ImportErrors
{
    private readonly List<string> errors = [];
    private readonly HashSet<string> unreadable = [];

    public bool Any => errors.Count > 0;

    public void Add(string file, string message) => errors.Add($"{file}: {message}");

    /// <summary>
    /// Records that a file's YAML could not be read. Its fields then all look empty, so "missing field"
    /// errors for it would only bury the real one.
    /// </summary>
    public void AddUnreadable(string file, string message)
    {
        unreadable.Add(file);
        Add(file, message);
    }

    public string Require(string? value, string field, string file)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (!unreadable.Contains(file))
            {
                Add(file, $"veld '{field}' ontbreekt.");
            }

            return "";
        }

        return value.Trim();
    }

    public string RequireSlug(string? value, string field, string file)
    {
        var slug = Require(value, field, file);
        if (slug.Length > 0 && !Slugs.IsValid(slug))
        {
            Add(file, $"veld '{field}' ('{slug}') mag alleen kleine letters, cijfers en koppeltekens bevatten.");
        }

        return slug;
    }

    /// <summary>Looks a code up, or records an error that lists the codes allowed.</summary>
    public T? Lookup<T>(IReadOnlyDictionary<string, T> codes, string? value, string field, string file, T? fallback = default)
        where T : struct
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (fallback is null)
            {
                Add(file, $"veld '{field}' ontbreekt.");
            }

            return fallback;
        }

        if (codes.TryGetValue(value.Trim().ToLowerInvariant(), out var result))
        {
            return result;
        }

        Add(file, $"veld '{field}' heeft de onbekende waarde '{value}'; kies uit {string.Join(", ", codes.Keys)}.");
        return null;
    }

    public void ThrowIfAny()
    {
        if (errors.Count > 0)
        {
            throw new ImportException(errors);
        }
    }
}
