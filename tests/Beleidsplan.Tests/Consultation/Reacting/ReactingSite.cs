using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Consultation.Reacting;

/// <summary>Reacting stores reactions that can never be deleted: its own app and database.</summary>
[CollectionDefinition(Name)]
public class ReactingSite : ICollectionFixture<AppFactory>
{
    public const string Name = "Reacting site";
}
