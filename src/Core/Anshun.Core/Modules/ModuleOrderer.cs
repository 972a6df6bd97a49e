namespace Anshun.Core.Modules;

/// <summary>
/// Orders modules so that every module comes after its dependencies (a stable topological sort:
/// among modules free to start, the original order is kept).
/// </summary>
public static class ModuleOrderer
{
    public static IReadOnlyList<ModuleDescriptor> Order(IReadOnlyList<ModuleDescriptor> modules)
    {
        var byId = new Dictionary<string, ModuleDescriptor>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            if (!byId.TryAdd(module.Id, module))
            {
                throw new ModuleLoadException($"模块标识重复：{module.Id}");
            }
        }

        foreach (var module in modules)
        {
            foreach (var dependency in module.Dependencies)
            {
                if (!byId.ContainsKey(dependency))
                {
                    throw new ModuleLoadException($"模块 {module.Id} 依赖的模块 {dependency} 不存在。");
                }
            }
        }

        var ordered = new List<ModuleDescriptor>(modules.Count);
        var state = new Dictionary<string, VisitState>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            Visit(module, byId, state, ordered, new Stack<string>());
        }

        return ordered;
    }

    private static void Visit(
        ModuleDescriptor module,
        Dictionary<string, ModuleDescriptor> byId,
        Dictionary<string, VisitState> state,
        List<ModuleDescriptor> ordered,
        Stack<string> path)
    {
        if (state.TryGetValue(module.Id, out var current))
        {
            if (current == VisitState.Done)
            {
                return;
            }

            var cycle = path.Reverse().SkipWhile(id => id != module.Id).Append(module.Id);
            throw new ModuleLoadException($"模块之间存在循环依赖：{string.Join(" → ", cycle)}");
        }

        state[module.Id] = VisitState.Visiting;
        path.Push(module.Id);
        foreach (var dependency in module.Dependencies)
        {
            Visit(byId[dependency], byId, state, ordered, path);
        }

        path.Pop();
        state[module.Id] = VisitState.Done;
        ordered.Add(module);
    }

    private enum VisitState
    {
        Visiting,
        Done,
    }
}
