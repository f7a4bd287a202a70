using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Councils;

/// <summary>Tests that send drafts to the councils and register outcomes get their own app and database.</summary>
[CollectionDefinition(Name)]
public class CouncilSite : ICollectionFixture<AppFactory>
{
    public const string Name = "Council site";
}
