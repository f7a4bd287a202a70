using System.ComponentModel.DataAnnotations;
using Beleidsplan.Web.Domain;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen;

/// <summary>The title and the sections (seed 002) of a priority or sub-theme, as the form edits them.</summary>
public class ThemeInput
{
    public const int TextLimit = 50_000;
    private const string TooLong = "{0}: deze tekst is te lang, hooguit {1:N0} tekens.";

    [Display(Name = "Titel")]
    [Required(ErrorMessage = "Vul een titel in.")]
    [StringLength(300, ErrorMessage = "Een titel is hooguit {1} tekens.")]
    public string Title { get; set; } = "";

    [Display(Name = "Inleiding"), Markdown, StringLength(TextLimit, ErrorMessage = TooLong)]
    public string? Introduction { get; set; }

    [Display(Name = "Wat verstaan we eronder?"), Markdown, StringLength(TextLimit, ErrorMessage = TooLong)]
    public string? Meaning { get; set; }

    [Display(Name = "Wat is het probleem?"), Markdown, StringLength(TextLimit, ErrorMessage = TooLong)]
    public string? Problem { get; set; }

    [Display(Name = "Waarom een regionale prioriteit?"), Markdown, StringLength(TextLimit, ErrorMessage = TooLong)]
    public string? WhyPriority { get; set; }

    [Display(Name = "Wat willen we bereiken?"), Markdown, StringLength(TextLimit, ErrorMessage = TooLong)]
    public string? Ambition { get; set; }

    [Display(Name = "Wat gaan we doen?"), Markdown, StringLength(TextLimit, ErrorMessage = TooLong)]
    public string? Approach { get; set; }

    public static readonly string[] SectionFields =
        [nameof(Introduction), nameof(Meaning), nameof(Problem), nameof(WhyPriority), nameof(Ambition), nameof(Approach)];

    public static ThemeInput From(string title, ThemeSections s) => new()
    {
        Title = title,
        Introduction = s.Introduction,
        Meaning = s.Meaning,
        Problem = s.Problem,
        WhyPriority = s.WhyPriority,
        Ambition = s.Ambition,
        Approach = s.Approach,
    };

    public void ApplyTo(ThemeSections s)
    {
        s.Introduction = Introduction;
        s.Meaning = Meaning;
        s.Problem = Problem;
        s.WhyPriority = WhyPriority;
        s.Ambition = Ambition;
        s.Approach = Approach;
    }
}
