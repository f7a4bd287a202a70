using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Consultation.Demo;

/// <summary>The demo cycle's tests load content folders of their own, so they get their own app and database.</summary>
[CollectionDefinition(Name)]
public class DemoCycleSite : ICollectionFixture<AppFactory>
{
    public const string Name = "Demo cycle site";
}
