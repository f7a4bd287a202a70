using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Lifecycle;

/// <summary>Lifecycle tests make plans and move them through their life: their own app and database.</summary>
[CollectionDefinition(Name)]
public class LifecycleSite : ICollectionFixture<AppFactory>
{
    public const string Name = "Lifecycle site";
}
