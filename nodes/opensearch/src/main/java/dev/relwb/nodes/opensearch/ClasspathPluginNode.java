package dev.relwb.nodes.opensearch;

import java.util.Collection;
import java.util.List;
import org.opensearch.Version;
import org.opensearch.env.Environment;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;

/// A [Node] whose plugins are classes on the classpath instead of directories under `modules/`
/// and `plugins/`: the protected constructor of [Node] takes their descriptors directly.
final class ClasspathPluginNode extends Node {

  ClasspathPluginNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
    super(environment, describe(plugins), true);
  }

  private static List<PluginInfo> describe(Collection<Class<? extends Plugin>> plugins) {
    return plugins.stream()
        .map(p -> new PluginInfo(p.getName(), "classpath plugin " + p.getSimpleName(), "NA",
            Version.CURRENT, "21", p.getName(), null, List.of(), false))
        .toList();
  }
}
