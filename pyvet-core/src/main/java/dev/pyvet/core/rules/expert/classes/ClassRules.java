package dev.pyvet.core.rules.expert.classes;

import dev.pyvet.core.rule.Rule;
import java.util.ArrayList;
import java.util.List;

/** The expert-practice rules of group PV3xx: classes and the object model. */
public final class ClassRules {
  private ClassRules() {}

  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>();
    all.add(new ExitSwallowsAllExceptions());
    all.add(new SuperCallWithParameters());
    all.add(new MixedSuperAndExplicitParentCall());
    all.add(new Py2MetaclassAttribute());
    all.add(new EqWithoutHash());
    all.add(new UselessObjectInheritance());
    all.add(new PropertyCallInsteadOfDecorator());
    all.add(new NoStaticmethodOrClassmethodDecorator());
    all.add(new NextWithoutIter());
    all.add(new ExitReraisesException());
    return all;
  }
}
