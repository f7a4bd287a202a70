using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Html;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>What the editors do with any input model's fields: labels, Markdown fields, line endings, differences.</summary>
public static class InputFields
{
    public static IEnumerable<PropertyInfo> Markdown<TInput>() =>
        typeof(TInput).GetProperties().Where(p => p.GetCustomAttribute<MarkdownAttribute>() is not null);

    public static string Label(PropertyInfo property) =>
        property.GetCustomAttribute<DisplayAttribute>()?.Name ?? property.Name;

    /// <summary>Browsers submit textarea lines with CRLF; stored texts use LF, so an untouched field stays unchanged.</summary>
    public static void NormaliseLineEndings<TInput>(TInput input)
    {
        foreach (var property in typeof(TInput).GetProperties().Where(p => p.PropertyType == typeof(string) && p.CanWrite))
        {
            if (property.GetValue(input) is string text && text.Contains('\r', StringComparison.Ordinal))
            {
                property.SetValue(input, text.Replace("\r\n", "\n", StringComparison.Ordinal));
            }
        }
    }

    /// <summary>The fields where the saved version and the user's differ, for the side-by-side view.</summary>
    public static IEnumerable<ConflictField> Differences<TInput>(TInput saved, TInput mine) =>
        typeof(TInput).GetProperties()
            .Select(p => new ConflictField(Label(p), Show(p.GetValue(saved)), Show(p.GetValue(mine))))
            .Where(f => f.Theirs != f.Yours);

    private static string? Show(object? value) => value switch
    {
        null => null,
        IFormattable f => f.ToString(null, CultureInfo.GetCultureInfo("nl-NL")),
        _ => value.ToString(),
    };
}

public sealed record ConflictField(string Label, string? Theirs, string? Yours);

public sealed record MarkdownField(string Name, string Id, string Label, string? Value, string? Error, IHtmlContent? Preview, int? MaxLength);

/// <summary>Marks an input field written in Markdown: it gets a preview.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MarkdownAttribute : Attribute;
