using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Versions;

/// <summary>Tests that freeze, publish and edit versions get their own app and database, so no other collection sees their versions.</summary>
[CollectionDefinition(Name)]
public class VersionsSite : ICollectionFixture<AppFactory>
{
    public const string Name = "Versions site";
}
