using Beleidsplan.Web.Importing;

namespace Beleidsplan.Tests.Importing;

public class ThemeSectionParserTests
{
    [Fact]
    public void The_body_is_split_into_the_five_sections_by_their_headings()
    {
        var errors = new ImportErrors();
        var sections = ThemeSectionParser.Parse(
            "Eerst dit.\n\n## Wat verstaan wij onder ondermijning?\nBetekenis.\n### Detail\nMeer.\n## Wat is het probleem?\nProbleem.\n"
            + "## Waarom prioriteit binnen de eenheid?\nReden.\n## Wat willen we bereiken?\nDoel.\n## Wat gaan we doen?\nAanpak.",
            "x.md", errors);

        errors.Any.ShouldBeFalse();
        sections.Introduction.ShouldBe("Eerst dit.");
        sections.Meaning.ShouldBe("Betekenis.\n### Detail\nMeer.");
        sections.Problem.ShouldBe("Probleem.");
        sections.WhyPriority.ShouldBe("Reden.");
        sections.Ambition.ShouldBe("Doel.");
        sections.Approach.ShouldBe("Aanpak.");
    }

    [Fact]
    public void An_unknown_level_two_heading_is_an_error_naming_the_file()
    {
        var errors = new ImportErrors();

        ThemeSectionParser.Parse("## Samenvatting\nTekst.", "p/x.md", errors);

        var error = Should.Throw<ImportException>(errors.ThrowIfAny);
        error.Errors.Single().ShouldStartWith("p/x.md: onbekende kop '## Samenvatting'");
    }

    [Fact]
    public void A_section_heading_used_twice_is_an_error_not_a_silent_overwrite()
    {
        var errors = new ImportErrors();

        ThemeSectionParser.Parse("## Wat is het probleem?\nEen.\n## Wat is het probleem eigenlijk?\nTwee.", "p/x.md", errors);

        var error = Should.Throw<ImportException>(errors.ThrowIfAny);
        error.Errors.Single().ShouldStartWith("p/x.md: kop '## Wat is het probleem eigenlijk?' is het tweede kopje voor 'Wat is het probleem?'");
    }

    [Fact]
    public void A_heading_inside_a_fenced_code_block_is_text()
    {
        var errors = new ImportErrors();

        var sections = ThemeSectionParser.Parse("## Wat gaan we doen?\n```\n## geen kop\n```\nKlaar.", "x.md", errors);

        errors.Any.ShouldBeFalse();
        sections.Approach.ShouldBe("```\n## geen kop\n```\nKlaar.");
    }
}
