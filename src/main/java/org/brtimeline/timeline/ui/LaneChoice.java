package org.brtimeline.timeline.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/** Whether the timeline's lanes are its categories or its actors. */
class LaneChoice extends RadioButtonGroup<TimelineItems.Lanes> {

    /** @param onChosen runs when the reader chooses (not when the page sets the lanes from its address) */
    LaneChoice(Runnable onChosen) {
        super("Lanes");
        setItems(TimelineItems.Lanes.values());
        setItemLabelGenerator(l -> l == TimelineItems.Lanes.CATEGORY ? "by category" : "by actor");
        setValue(TimelineItems.Lanes.CATEGORY);
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChosen.run();
            }
        });
    }
}
