using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Publishing;

namespace Beleidsplan.Tests.Publishing;

public class PlanNavigationTests
{
    private static Plan SamplePlan()
    {
        var plan = new Plan { Id = 1, Slug = "p", Title = "P", ShortName = "P" };
        plan.Chapters =
        [
            new Chapter { Id = 1, Position = 1, Slug = "inleiding", Title = "Inleiding" },
            new Chapter { Id = 2, Position = 2, Slug = "prioriteiten", Title = "Prioriteiten", Kind = ChapterKind.Priorities },
            new Chapter { Id = 3, Position = 3, Slug = "bijlagen", Title = "Bijlagen" },
            new Chapter { Id = 4, Position = 4, Slug = "lva", Title = "LVA", ParentId = 3 },
        ];
        var priority = new Priority { Id = 1, Position = 1, Number = 1, Slug = "a", Title = "A" };
        priority.SubThemes = [new SubTheme { Id = 1, Position = 1, Slug = "a1", Title = "A1" }];
        plan.Priorities = [priority, new Priority { Id = 2, Position = 2, Number = 2, Slug = "b", Title = "B" }];
        return plan;
    }

    [Fact]
    public void Priorities_stand_where_the_priorities_chapter_stands_and_sub_chapters_follow_their_parent()
    {
        var navigation = new PlanNavigation(SamplePlan());

        navigation.Pages.Select(p => p.Url).ShouldBe(
        [
            "/plannen/p", "/plannen/p/inleiding", "/plannen/p/prioriteiten", "/plannen/p/prioriteiten/a",
            "/plannen/p/prioriteiten/a/a1", "/plannen/p/prioriteiten/b", "/plannen/p/bijlagen", "/plannen/p/lva",
        ]);
        navigation.Pages.Select(p => p.Level).ShouldBe([0, 0, 0, 1, 2, 1, 0, 1]);
    }

    [Fact]
    public void Previous_and_next_follow_the_reading_order_and_stop_at_the_ends()
    {
        var navigation = new PlanNavigation(SamplePlan());

        navigation.Previous("voorpagina").ShouldBeNull();
        navigation.Next("voorpagina")!.Title.ShouldBe("Inleiding");
        navigation.Next("d:a/a1")!.Title.ShouldBe("Prioriteit 2: B");
        navigation.Previous("p:b")!.Title.ShouldBe("A1");
        navigation.Next("h:lva").ShouldBeNull();
    }

    [Fact]
    public void A_plan_without_a_priorities_chapter_lists_its_priorities_after_the_chapters()
    {
        var plan = SamplePlan();
        plan.Chapters.RemoveAt(1);

        new PlanNavigation(plan).Pages.Select(p => p.Key).ShouldBe(
            ["voorpagina", "h:inleiding", "h:bijlagen", "h:lva", "p:a", "d:a/a1", "p:b"]);
    }

    [Theory]
    [InlineData(2024, 2027, null)]
    [InlineData(2024, 2028, "ten hoogste vier jaar")]
    [InlineData(2027, 2024, "voor het eerste jaar")]
    public void A_plan_period_is_at_most_four_years(int first, int last, string? error)
    {
        var result = Plan.ValidatePeriod(first, last);

        if (error is null)
        {
            result.ShouldBeNull();
        }
        else
        {
            result.ShouldNotBeNull().ShouldContain(error);
        }
    }

    [Fact]
    public void Extending_a_plan_moves_its_end_and_marks_it_extended()
    {
        var plan = new Plan { Slug = "p", Title = "P", ShortName = "P", FirstYear = 2019, LastYear = 2022, Status = PlanStatus.InForce };

        plan.Extend(2023);

        plan.Status.ShouldBe(PlanStatus.Extended);
        plan.PeriodLabel.ShouldBe("2019-2022, verlengd tot en met 2023");
        Should.Throw<DomainException>(() => plan.Extend(2023));
    }
}
