using Beleidsplan.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Beleidsplan.Web.Pages.Werkruimte.Organisaties;

public static class OrganisationChoices
{
    public static List<SelectListItem> Kinds() =>
        Enum.GetValues<OrganisationKind>().Select(k => new SelectListItem(k.ToDutch(), k.ToString())).ToList();
}
