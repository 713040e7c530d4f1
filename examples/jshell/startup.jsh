// Rapport in JShell: the common imports. Open with
//   jshell --class-path "$(cat examples/target/classpath.txt)" examples/jshell/startup.jsh
import dev.rapport.core.*;
import dev.rapport.examples.*;
import java.nio.file.*;
import java.time.*;
import java.util.*;
import java.util.stream.*;
