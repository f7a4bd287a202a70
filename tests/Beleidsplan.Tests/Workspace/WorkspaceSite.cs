using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Workspace;

/// <summary>Tests that edit the demo plans get their own app and database, so reading tests see the demo as shipped.</summary>
[CollectionDefinition(Name)]
public class WorkspaceSite : ICollectionFixture<AppFactory>
{
    public const string Name = "Workspace site";
}
