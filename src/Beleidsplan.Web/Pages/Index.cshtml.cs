using Beleidsplan.Web.Accounts;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Publishing;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace Beleidsplan.Web.Pages;

[OutputCache(PolicyName = PublicCache.PolicyName)]
[Access(Access.Public)]
public class IndexModel(PlanQueries queries, MarkdownRenderer markdown) : PageModel
{
    public IReadOnlyList<PoliceUnit> Units { get; private set; } = [];

    public async Task OnGetAsync() => Units = await queries.UnitsWithPlansAsync();

    public string Excerpt(string summary)
    {
        var text = markdown.ToPlainText(summary);
        var firstParagraph = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        return firstParagraph.Length <= 300 ? firstParagraph : firstParagraph[..297].TrimEnd() + "…";
    }
}
